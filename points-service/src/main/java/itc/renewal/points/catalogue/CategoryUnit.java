package itc.renewal.points.catalogue;

/** How a category's activities are entered: directly in points, or in hours converted by the category (P2). */
public enum CategoryUnit {
    POINTS,
    HOURS
}
