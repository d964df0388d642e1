package no.veiviser.requirements;

/** A rule's identity — id, unit, reference, interpretation — so that each rule only says how it is evaluated. */
abstract class DefinedRule implements Rule {

    private final String id;
    private final Unit unit;
    private final String reference;
    private final String interpretation;

    DefinedRule(String id, Unit unit, String reference, String interpretation) {
        this.id = id;
        this.unit = unit;
        this.reference = reference;
        this.interpretation = interpretation;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Unit unit() {
        return unit;
    }

    @Override
    public final String reference() {
        return reference;
    }

    @Override
    public final String interpretation() {
        return interpretation;
    }
}
