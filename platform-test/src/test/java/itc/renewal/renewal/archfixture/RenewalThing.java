package itc.renewal.renewal.archfixture;

/** Fixture of ServiceArchitectureRulesTest: a class of another deployable. */
public class RenewalThing {
}
