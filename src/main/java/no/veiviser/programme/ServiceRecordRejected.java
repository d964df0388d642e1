package no.veiviser.programme;

/** The department head rejected a record, with a reason the candidate sees. */
public record ServiceRecordRejected(ServiceRecord record, String actor) implements ServiceRecordEvent {

    @Override
    public String action() {
        return "serviceRecord.rejected";
    }
}
