package nl.commsaudit.rules;

/** The identity every rule declares once, in its constructor: id, pack, entity, severity, title, policy. */
public abstract class BaseRule implements Rule {

    private final String id;
    private final Marketplace marketplace;
    private final EntityType entityType;
    private final Severity defaultSeverity;
    private final String title;
    private final String policyRef;

    protected BaseRule(String id, Marketplace marketplace, EntityType entityType, Severity defaultSeverity, String title,
            String policyRef) {
        this.id = id;
        this.marketplace = marketplace;
        this.entityType = entityType;
        this.defaultSeverity = defaultSeverity;
        this.title = title;
        this.policyRef = policyRef;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Marketplace marketplace() {
        return marketplace;
    }

    @Override
    public final EntityType entityType() {
        return entityType;
    }

    @Override
    public final Severity defaultSeverity() {
        return defaultSeverity;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final String policyRef() {
        return policyRef;
    }

    @Override
    public String toString() {
        return id;
    }
}
