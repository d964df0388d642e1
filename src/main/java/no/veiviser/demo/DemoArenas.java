package no.veiviser.demo;

import static no.veiviser.shared.Texts.blankToNull;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.veiviser.catalog.CatalogCode;
import no.veiviser.identity.Actor;
import no.veiviser.organisation.ArenaDetails;
import no.veiviser.organisation.ArenaType;
import no.veiviser.organisation.LearningArena;
import no.veiviser.organisation.LearningArenas;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/**
 * Drammen's seven learning arenas and their goal tables, read from the domain data
 * (src/main/resources/demo/arenas.csv and arena_goals.csv, copied unchanged from the Drammen plan's
 * chapters 7 and 9). Sites and introductions come from the same plan and Drammen's web page.
 */
final class DemoArenas {

    /** "Alle FKM-LM" in the plan's chapter 7.1. */
    static final String ALL_FKM = "FKM (alle)";

    private static final Map<String, ArenaType> TYPES = Map.of(
            "Åpen uselektert praksis", ArenaType.OPEN_UNSELECTED_PRACTICE,
            "Legevakt", ArenaType.OUT_OF_HOURS_SERVICE,
            "Sykehjem og KAD", ArenaType.NURSING_HOME,
            "Helsestasjon", ArenaType.HEALTH_STATION,
            "Smittevernkontoret i Drammen", ArenaType.INFECTION_CONTROL,
            "Institusjonstjeneste", ArenaType.INSTITUTION_SERVICE,
            "Møtearenaer", ArenaType.MEETING_ARENA);

    private static final Map<String, List<String>> SITES = Map.of(
            "Fastlegekontor", List.of("Bragernes Legesenter", "Drammen Legesenter", "Fjell Legesenter",
                    "Helsehuset legekontor i Mjøndalen", "Konnerud legesenter", "Åssiden Legesenter"),
            "Legevakt", List.of("Drammen legevakt"),
            "Helsestasjon/Migrasjon/Rus", List.of("Helsestasjon Fjell", "Helsestasjon Marienlyst", "Helsestasjon Strømsø",
                    "Helsestasjon Mjøndalen", "Helsestasjon Konnerud", "Helsestasjon Svelvik", "Helsestasjon for ungdom (HFU)"),
            "Smittevernkontoret", List.of("Smittevernkontoret, Marienlyst"),
            "Drammen helsehus", List.of("Drammen helsehus"));

    private static final Map<String, String> INTRODUCTIONS = Map.of(
            "Fastlegekontor", "Alle FKM-læringsmål. Alle ALM kan oppnås utenom ALM 055 og 085 som oppnås i "
                    + "helseforetak/institusjon, samt ALM 40, 58, 66–70 som oppnås i legevakt. Flere av læringsmålene "
                    + "krever i tillegg kurs, gruppeveiledning, gjensidig praksisbesøk, andre kommunale oppgaver eller legevakt.",
            "Legevakt", "Legevakten er kommunens akutte legetilbud og gir øyeblikkelig hjelp utenom fastlegekontorenes "
                    + "åpningstid og på dagtid til pasienter uten fastlege.",
            "Sykehjem og KAD", "Kommunen driver 11 sykehjem, inkludert Drammen helsehus med KAD-avdeling, "
                    + "korttidsavdelinger og lindrende avdeling.",
            "Helsestasjon/Migrasjon/Rus", "Kommunalt ansatte leger tilbyr legetjenester ved helsestasjon, innen "
                    + "rusomsorg og migrasjon.",
            "Smittevernkontoret", "Smittevernkontoret på Marienlyst har smittevernoverlege i 100 % stilling. "
                    + "Det er mulig å hospitere her.",
            "Drammen helsehus", "Spesialist i allmennmedisin i 100 % stilling. ALIS som følger internundervisningen, "
                    + "kan få godkjent ALM 055 og ALM 085 her.",
            "Lokale møtearenaer (ALU, LSU og tilsvarende)", "Regelmessige ALU-møter for alle fastleger og LSU-møter "
                    + "for valgte representanter; læringsaktiviteten kan også gjøres i andre møter med kommunen.");

    private DemoArenas() {
    }

    static void load(LearningArenas arenas, UUID organisationId, Actor actor) {
        Map<String, UUID> ids = new HashMap<>();
        for (CSVRecord row : read("demo/arenas.csv")) {
            String name = row.get("arena");
            LearningArena arena = arenas.add(organisationId, new ArenaDetails(name, TYPES.get(row.get("type")),
                    row.get("place"), blankToNull(row.get("new_supervisor_during_stay")),
                    blankToNull(row.get("supervision_mode")), INTRODUCTIONS.get(name)), actor);
            ids.put(name, arena.id());
            SITES.getOrDefault(name, List.of()).forEach(site -> arenas.addSite(organisationId, arena.id(), site, actor));
        }
        for (CSVRecord row : read("demo/arena_goals.csv")) {
            UUID arenaId = ids.get(row.get("arena"));
            if (ALL_FKM.equals(row.get("goal_code"))) {
                arenas.offerWholeCatalog(organisationId, arenaId, CatalogCode.FKM, actor);
            } else {
                arenas.offerGoal(organisationId, arenaId, row.get("goal_code"), row.get("activity_in_arena"),
                        row.get("other_activities"), actor);
            }
        }
    }

    private static List<CSVRecord> read(String resource) {
        try (var reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
