package org.partnershipatlas.model;

/**
 * The Audit Commission's tests of a partnership ("A Fruitful Partnership", 1998): an arrangement
 * where the partners meet all six.
 */
public enum PartnershipTest implements Labelled {
    INDEPENDENT_BODIES("The partners are otherwise independent bodies"),
    COMMON_GOAL("They agree to co-operate to achieve a common goal"),
    NEW_STRUCTURE("They create a new structure or process, separate from their own organisations"),
    JOINT_PROGRAMME("They plan and carry out a jointly agreed programme, often with joint staff or resources"),
    SHARE_INFORMATION("They share relevant information"),
    POOL_RISKS_AND_REWARDS("They pool risks and rewards");

    private final String question;

    PartnershipTest(String question) {
        this.question = question;
    }

    @Override
    public String label() {
        return question;
    }

    /** "test 4" as decisions and reasons refer to it. */
    public String number() {
        return "test " + (ordinal() + 1);
    }
}
