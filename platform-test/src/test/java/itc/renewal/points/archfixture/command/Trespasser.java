package itc.renewal.points.archfixture.command;

import itc.renewal.points.archfixture.query.PointsView;
import itc.renewal.renewal.archfixture.RenewalThing;

/** Fixture of ServiceArchitectureRulesTest: a command-side class breaking two rules on purpose. */
public class Trespasser {

    RenewalThing another;
    PointsView view;
}
