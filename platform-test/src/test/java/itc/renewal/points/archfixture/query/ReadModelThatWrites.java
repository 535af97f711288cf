package itc.renewal.points.archfixture.query;

import itc.renewal.contracts.points.v1.PointsRegistered;
import itc.renewal.platformtest.ServiceDriver;
import itc.renewal.points.archfixture.command.Trespasser;
import itc.renewal.points.otherfixture.OtherFeature;

/**
 * Fixture of ServiceArchitectureRulesTest: a projection that uses the command side, speaks a contract, uses test
 * code and depends on a feature that depends back on it, all on purpose.
 */
public class ReadModelThatWrites {

    Trespasser writer;
    ServiceDriver driver;
    OtherFeature other;
    PointsRegistered published;
}
