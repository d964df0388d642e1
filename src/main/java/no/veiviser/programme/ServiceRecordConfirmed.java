package no.veiviser.programme;

/** The department head confirmed a record: it counts from now on. */
public record ServiceRecordConfirmed(ServiceRecord record, String actor) implements ServiceRecordEvent {

    @Override
    public String action() {
        return "serviceRecord.confirmed";
    }
}
