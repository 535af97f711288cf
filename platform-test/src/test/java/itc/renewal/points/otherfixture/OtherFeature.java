package itc.renewal.points.otherfixture;

import itc.renewal.points.archfixture.query.PointsView;

/** Fixture of ServiceArchitectureRulesTest: a second feature, which closes a cycle with the first. */
public class OtherFeature {

    PointsView view;
}
