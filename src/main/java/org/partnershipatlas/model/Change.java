package org.partnershipatlas.model;

/**
 * One entity before and after an edit: before null means created, after null means deleted.
 * Because a change carries both states, undo is the same change turned round and the store can
 * write any change the same way.
 */
public record Change(Entity before, Entity after) {
    public Change {
        if (before == null && after == null) {
            throw new IllegalArgumentException("a change needs a before or an after");
        }
        if (before != null && after != null
                && (before.id() != after.id() || before.getClass() != after.getClass())) {
            throw new IllegalArgumentException("a change must keep the entity's id and kind");
        }
    }

    public static Change create(Entity entity) {
        return new Change(null, entity);
    }

    public static Change delete(Entity entity) {
        return new Change(entity, null);
    }

    public static Change update(Entity before, Entity after) {
        return new Change(before, after);
    }

    public Change inverse() {
        return new Change(after, before);
    }

    /** The entity as it is, or was, whichever side is present. */
    public Entity subject() {
        return after != null ? after : before;
    }

    public boolean isDelete() {
        return after == null;
    }
}
