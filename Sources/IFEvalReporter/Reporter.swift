public enum IFEvalReporter {}
