/**
 * A consumer of Blendscore on the module path, as a platform with its own module descriptor is: it
 * reads core and the DSL through their exports only, and validates Blendscore's public input types
 * at its own boundary with Hibernate Validator. Not published; its tests are the check.
 */
module org.blendscore.moduletests {
    requires org.blendscore.core;
    requires org.blendscore.dsl;
    requires org.hibernate.validator;

    exports org.blendscore.moduletests;
}
