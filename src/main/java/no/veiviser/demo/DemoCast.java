package no.veiviser.demo;

import static no.veiviser.identity.Profession.MIDWIFE;
import static no.veiviser.identity.Profession.NURSE;
import static no.veiviser.identity.Profession.OTHER;
import static no.veiviser.identity.Profession.PHYSICIAN;
import static no.veiviser.identity.Role.ADMINISTRATOR;
import static no.veiviser.identity.Role.CATALOG_ADMINISTRATOR;
import static no.veiviser.identity.Role.APPROVER;
import static no.veiviser.identity.Role.CANDIDATE;
import static no.veiviser.identity.Role.DEPARTMENT_HEAD;
import static no.veiviser.identity.Role.SUPERVISOR;
import static no.veiviser.identity.Role.VEILEDER;

import java.util.List;

/** The invented people of the demo municipality. Every name is made up. */
final class DemoCast {

    static final String PASSWORD = "demo";

    static final DemoPerson ADMIN = new DemoPerson("admin", "Ingrid", "Solberg", OTHER,
            "Systemforvalter", List.of(ADMINISTRATOR, CATALOG_ADMINISTRATOR));
    static final DemoPerson APPROVER_PERSON = new DemoPerson("tone.haugland", "Tone", "Haugland", PHYSICIAN,
            "Kommuneoverlege", List.of(APPROVER));
    static final DemoPerson DEPARTMENT_HEAD_PERSON = new DemoPerson("eirik.strand", "Eirik", "Strand", PHYSICIAN,
            "Avdelingsleder, kommunale allmennleger og spesialistutdanning", List.of(DEPARTMENT_HEAD));

    static final DemoPerson VEILEDER_SPECIALIST_1 = new DemoPerson("kari.nordby", "Kari", "Nordby", PHYSICIAN,
            "Fastlege, Bragernes Legesenter", List.of(VEILEDER, SUPERVISOR));
    static final DemoPerson VEILEDER_SPECIALIST_2 = new DemoPerson("anders.lie", "Anders", "Lie", PHYSICIAN,
            "Fastlege, Åssiden Legesenter", List.of(VEILEDER, SUPERVISOR));
    static final DemoPerson VEILEDER_EXEMPTED = new DemoPerson("maria.solheim", "Maria", "Solheim", PHYSICIAN,
            "Sykehjemslege, Drammen helsehus", List.of(VEILEDER));

    static final List<DemoPerson> SUPERVISORS = List.of(
            new DemoPerson("jon.bakke", "Jon", "Bakke", PHYSICIAN, "Fastlege, Konnerud legesenter", List.of(SUPERVISOR)),
            new DemoPerson("sofie.dahl", "Sofie", "Dahl", PHYSICIAN, "Lege, Drammen legevakt", List.of(SUPERVISOR)),
            new DemoPerson("per.aasen", "Per", "Aasen", PHYSICIAN, "Sykehjemslege", List.of(SUPERVISOR)),
            new DemoPerson("line.moen", "Line", "Moen", NURSE, "Sykepleier, Drammen legevakt", List.of(SUPERVISOR)),
            new DemoPerson("ida.hovland", "Ida", "Hovland", MIDWIFE, "Jordmor, helsestasjon", List.of(SUPERVISOR)));

    static final DemoPerson ALIS_JUST_STARTED = alis("nora.eide", "Nora", "Eide");
    static final DemoPerson ALIS_TWO_YEARS = alis("sindre.holm", "Sindre", "Holm");
    static final DemoPerson ALIS_FOUR_AND_A_HALF_YEARS = alis("emma.vik", "Emma", "Vik");
    static final DemoPerson ALIS_CONVERTED = alis("ole.brekke", "Ole", "Brekke");
    static final DemoPerson ALIS_COMPLETED = alis("marte.ruud", "Marte", "Ruud");

    static final List<DemoPerson> LIS1_INTAKE = List.of(
            lis1("aisha.rahman", "Aisha", "Rahman"),
            lis1("jonas.berg", "Jonas", "Berg"),
            lis1("thea.lund", "Thea", "Lund"),
            lis1("mathias.nilsen", "Mathias", "Nilsen"),
            lis1("sara.johansen", "Sara", "Johansen"),
            lis1("henrik.pedersen", "Henrik", "Pedersen"));

    private DemoCast() {
    }

    private static DemoPerson alis(String username, String givenName, String familyName) {
        return new DemoPerson(username, givenName, familyName, PHYSICIAN, "ALIS", List.of(CANDIDATE));
    }

    private static DemoPerson lis1(String username, String givenName, String familyName) {
        return new DemoPerson(username, givenName, familyName, PHYSICIAN, "LIS1", List.of(CANDIDATE));
    }
}
