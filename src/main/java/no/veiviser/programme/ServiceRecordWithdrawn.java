package no.veiviser.programme;

/** The candidate withdrew a record nobody had decided on. */
public record ServiceRecordWithdrawn(ServiceRecord record, String actor) implements ServiceRecordEvent {

    @Override
    public String action() {
        return "serviceRecord.withdrawn";
    }
}
