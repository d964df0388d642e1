package no.veiviser.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/**
 * Amounts on people's pages are rounded as a person reads them: "6,00 dager" and a raw
 * 1,8655913978494623655880000 were shown; whole amounts have no decimals, others at most two.
 */
class AmountsTest {

    private static PageContext page(Locale locale) {
        return new PageContext(null, java.util.List.of(), locale, null, new StaticMessageSource());
    }

    @Test
    void wholeAmountsHaveNoDecimalsAndOthersAtMostTwo() {
        PageContext norwegian = page(PageContext.NORWEGIAN);
        assertThat(norwegian.amount(new BigDecimal("6.00"))).isEqualTo("6");
        assertThat(norwegian.amount(new BigDecimal("23.50"))).isEqualTo("23,5");
        assertThat(norwegian.amount(new BigDecimal("59.98"))).as("close to a limit the hundredths stay").isEqualTo("59,98");
        assertThat(norwegian.amount(new BigDecimal("1.8655913978494623655880000"))).isEqualTo("1,87");
        assertThat(norwegian.amount(new BigDecimal("1200"))).isEqualTo("1\u00a0200");
        assertThat(page(Locale.ENGLISH).amount(new BigDecimal("1.8655913978494623655880000"))).isEqualTo("1.87");
        assertThat(norwegian.amount(null)).isEqualTo("–");
    }
}
