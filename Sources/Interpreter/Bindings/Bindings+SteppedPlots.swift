import Figures

/// `plot(series:steps:…)`: line plots whose values sit at given x positions (measurements every k
/// steps, or at t = 16, 32, 64, …) rather than at 0, 1, 2, …, with a log scale on either axis.
extension Bindings {
    func registerSteppedPlots() {
        let scale = types["AxisScale"]!
        let parameters = [param("series", .array(.array(.double))), param("steps", .array(.array(.double))),
                          param("labels", .array(.string), .array([])), param("x", .native(scale), scale.constants["linear"]!),
                          param("y", .native(scale), scale.constants["linear"]!),
                          param("xLabel", .optional(.string), Value.some(.string("step"))), param("yLabel", .optional(.string), Value.none),
                          param("title", .optional(.string), Value.none), param("caption", .optional(.string), Value.none)]
        function("plot", native(parameters, .void) { c, a in
            let (values, steps) = (a[0].elements, a[1].elements)
            try c.require(values.count == steps.count && zip(values, steps).allSatisfy { $0.elements.count == $1.elements.count },
                          "plot(series:steps:) needs one x position per value in each series")
            let series = zip(values, steps).enumerated().map { i, pair in
                Series(Self.label(a[2], i, "series"), values: pair.0.doubles, steps: pair.1.doubles)
            }
            let plot = LinePlot(series, y: a[4].native as! AxisScale, x: a[3].native as! AxisScale,
                                xLabel: a[5].unwrapped?.string, yLabel: a[6].unwrapped?.string)
            return try Self.emit(c, Figure(.line(plot), title: a[7].unwrapped?.string, caption: a[8].unwrapped?.string))
        })
    }
}
