package itc.renewal.points.archfixture.query;

/** Fixture of ServiceArchitectureRulesTest: a read model. */
public class PointsView {
}
