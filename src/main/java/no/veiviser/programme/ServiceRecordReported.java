package no.veiviser.programme;

/** The candidate reported a service period, an absence or a shift. */
public record ServiceRecordReported(ServiceRecord record, String actor) implements ServiceRecordEvent {

    @Override
    public String action() {
        return "serviceRecord.reported";
    }
}
