package itc.renewal.points.archfixture.api;

import itc.renewal.points.archfixture.command.Trespasser;

/** Fixture of ServiceArchitectureRulesTest: a message that knows the command side, on purpose. */
public record LeakyMessage(Trespasser handler) {
}
