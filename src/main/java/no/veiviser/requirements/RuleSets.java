package no.veiviser.requirements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import no.veiviser.requirements.ReadinessInput.Programme;

/** Every rule set Veiviser knows, chosen by programme and by the date evaluated — never by scattered ifs. */
public final class RuleSets {

    /**
     * ALIS under the regulation from 1 March 2019. Rules whose wording changed later (§ 2 guidance,
     * § 8 floor, § 31 absence) judge each day by the wording in force that day. Defaults where the
     * sources disagree, dated 2026-12-01: 6 months of institution service required (alis.no, Drammen;
     * not in the regulation); institution service, another specialty and research count at most 21
     * months together (Drammen; § 31 allows another specialty up to 39).
     */
    static final RuleSet ALIS_2019 = new RuleSet("ALIS-2019-03-01", Programme.ALIS, LocalDate.of(2019, 3, 1),
            new Parameters(null, true, AlisServiceRules.DRAMMEN_OTHER_SERVICE_CAP),
            List.of(new AlisServiceRules.Total(), new AlisServiceRules.OpenPractice(), new AlisServiceRules.Institution(),
                    new OnCallRule(), new GuidanceRules.JointConsultations(), new GuidanceRules.AlisIndividual(),
                    new GuidanceRules.GroupDuration(BigDecimal.valueOf(24),
                            "Spesialistforskriften § 2 (veiledningsgruppe over to år)"),
                    new GuidanceRules.GroupHours(BigDecimal.valueOf(120),
                            "Spesialistforskriften § 2; Legeforeningen, veiledningsgrupper i allmennmedisin (120 timer)"),
                    new GuidanceRules.GroupConcurrentOpenPractice(), new CourseRules.Basic(), new CourseRules.Acute(),
                    new CourseRules.ClinicalTopics(), new GoalsRule()),
            Set.of("service.total", "service.openPractice", "service.institution"));

    /**
     * LIS1's municipal part under the regulation from 1 March 2019; § 31 absence judged day by day by
     * the wording in force (Lis1Rules).
     */
    static final RuleSet LIS1_2019 = new RuleSet("LIS1-2019-03-01", Programme.LIS1, LocalDate.of(2019, 3, 1),
            Parameters.NONE,
            List.of(new Lis1Rules.HospitalPart(), new Lis1Rules.Service(), new Lis1Rules.Absence(), new GoalsRule()),
            Set.of("lis1.service"));

    /**
     * SamLIS (samfunnsmedisin) under the regulation from 1 March 2019, per samlis.no and the domain
     * brief § 6. Dated 2026-11-22: "about one year" of clinical service is read as 12 months; no hour
     * figure for individual guidance was found, so {@code guidanceHoursPerMonth} has no default and the
     * requirement is UNDETERMINED until it is set; courses are recommended activities, not rules.
     */
    static final RuleSet SAMLIS_2019 = new RuleSet("SAMLIS-2019-03-01", Programme.SAMLIS, LocalDate.of(2019, 3, 1),
            Parameters.NONE,
            List.of(new SamLisRules.Total(), new SamLisRules.CommunityMedicine(), new SamLisRules.Clinical(),
                    GuidanceRules.Individual.samLis(),
                    new GuidanceRules.GroupDuration(BigDecimal.valueOf(36),
                            "Spesialistforskriften § 2; samlis.no (veiledningsgruppe over tre år)"),
                    new GuidanceRules.GroupHours(BigDecimal.valueOf(90),
                            "Spesialistforskriften § 2; Legeforeningen, veiledningsgrupper i samfunnsmedisin (90 timer)"),
                    new GoalsRule()),
            Set.of("service.total", "samlis.communityMedicine", "samlis.clinical"));

    private static final List<RuleSet> ALL = List.of(ALIS_2019, LIS1_2019, SAMLIS_2019);

    private RuleSets() {
    }

    /** The rule set in force for the programme on the day. */
    static RuleSet forDate(Programme programme, LocalDate day) {
        return ALL.stream().filter(set -> set.programme() == programme && !set.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(RuleSet::effectiveFrom))
                .orElseThrow(() -> new InvalidReadinessInput("asOf",
                        "Reglene for ny ordning gjelder fra 1. mars 2019; asOf er tidligere."));
    }
}
