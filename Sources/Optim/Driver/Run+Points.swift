extension Run {
    /// The run through iterates computed by hand, so that they can be drawn as any other run
    /// (`contour(f, …, paths: [Run(points: xs, on: f)])`): losses and gradient norms are measured on
    /// `objective` at every point; the rates are unknown (NaN).
    ///
    /// - Throws: ``OptimError/invalidArgument(_:)`` for no points; errors of the objective (a point of
    ///   the wrong dimension).
    public init(points: [Vector], on objective: any Objective) throws {
        guard !points.isEmpty else { throw OptimError.invalidArgument("a run needs at least one point") }
        var losses: [Double] = []
        var norms: [Double] = []
        for x in points {
            let (value, gradient) = try objective.valueAndGradient(at: x)
            losses.append(value)
            norms.append(gradient.norm)
        }
        self.init(points: points, losses: losses, gradientNorms: norms,
                  learningRates: Array(repeating: .nan, count: points.count - 1), converged: false, elapsed: .zero)
    }

    /// The run through iterates given as plain arrays, as `init(points:on:)` with vectors.
    public init(points: [[Double]], on objective: any Objective) throws {
        try self.init(points: points.map(Vector.init), on: objective)
    }
}
