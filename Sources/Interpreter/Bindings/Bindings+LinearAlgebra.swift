import Optim

/// `Vector`, `Matrix`, `Tensor`, `Jet` and the symmetric eigendecomposition.
extension Bindings {
    func registerLinearAlgebra() {
        registerVector()
        registerMatrix()
        registerTensor()
        registerJet()
    }

    private func registerVector() {
        let v = vectorType
        v.initializers = [
            native([param(nil, .array(.double))], .vector) { _, a in .vector(Vector(a[0].doubles)) },
            native([param("repeating", .double), param("count", .int)], .vector) { c, a in
                try c.requireSize(a[1].int)
                return .vector(Vector(repeating: a[0].double, count: a[1].int))
            },
        ]
        v.statics["zeros"] = [native([param(nil, .int)], .vector) { c, a in
            try c.requireSize(a[0].int)
            return .vector(.zeros(a[0].int))
        }]
        v.statics["basis"] = [native([param(nil, .int), param("count", .int)], .vector) { c, a in
            try c.requireSize(a[1].int)
            try c.require(a[0].int >= 0 && a[0].int < a[1].int, "basis index \(a[0].int) out of range for count \(a[1].int)")
            return .vector(.basis(a[0].int, count: a[1].int))
        }]
        let properties: [(String, SType, (Vector) -> Value)] = [
            ("count", .int, { .int($0.count) }), ("norm", .double, { .double($0.norm) }),
            ("squaredNorm", .double, { .double($0.squaredNorm) }), ("infinityNorm", .double, { .double($0.infinityNorm) }),
            ("sum", .double, { .double($0.sum) }), ("isFinite", .bool, { .bool($0.isFinite) }),
            ("scalars", .array(.double), { .doubles($0.scalars) }), ("shapeDescription", .string, { .string($0.shapeDescription) }),
            ("isEmpty", .bool, { .bool($0.isEmpty) }), ("startIndex", .int, { .int($0.startIndex) }),
            ("endIndex", .int, { .int($0.endIndex) }), ("description", .string, { .string($0.description) }),
        ]
        for (name, type, get) in properties { v.properties[name] = (type, { get($0.vector) }) }
        v.methods["dot"] = [native([param(nil, .vector)], .double, throwing: true) { _, a in .double(try a[0].vector.dot(a[1].vector)) }]
        v.methods["norm"] = [native([param(nil, .double)], .double) { c, a in
            try c.require(a[1].double >= 1, "Vector.norm: p must be ≥ 1, got \(a[1].double)")
            return .double(a[0].vector.norm(a[1].double))
        }]
        v.methods["map"] = [native([param(nil, .function([.double], .double))], .vector) { c, a in
            .vector(Vector(try a[0].vector.scalars.map { try c.call(a[1], [.double($0)]).double }))
        }]
        v.methods["concatenated"] = [native([param("with", .vector)], .vector) { _, a in
            .vector(a[0].vector.concatenated(with: a[1].vector))
        }]
        let elementwise: [(String, (Vector, Vector) throws -> Vector)] = [
            ("adding", { try $0.adding($1) }), ("subtracting", { try $0.subtracting($1) }),
            ("hadamard", { try $0.hadamard($1) }), ("dividing", { try $0.dividing($1) }),
        ]
        for (name, op) in elementwise {
            v.methods[name] = [native([param(nil, .vector)], .vector, throwing: true) { _, a in .vector(try op(a[0].vector, a[1].vector)) }]
        }
    }

    private func registerMatrix() {
        let m = matrixType
        m.initializers = [
            native([param(nil, .array(.array(.double)))], .matrix) { c, a in .matrix(try makeMatrix(a[0].elements.map(\.doubles), c.at)) },
            native([param("rows", .int), param("cols", .int), param("scalars", .array(.double))], .matrix) { c, a in
                let (r, k, s) = (a[0].int, a[1].int, a[2].doubles)
                let count = try Matrix.scalarCount(rows: r, cols: k)
                try c.require(s.count == count, "Matrix(rows: \(r), cols: \(k)) needs \(count) scalars, got \(s.count)")
                return .matrix(Matrix(rows: r, cols: k, scalars: s))
            },
            native([param("repeating", .double), param("rows", .int), param("cols", .int)], .matrix) { c, a in
                try c.requireSize(a[1].int, a[2].int)
                try c.require(a[1].int >= 0 && a[2].int >= 0, "a matrix needs rows ≥ 0 and cols ≥ 0")
                return .matrix(Matrix(repeating: a[0].double, rows: a[1].int, cols: a[2].int))
            },
        ]
        m.statics["scalarCount"] = [native([param("rows", .int), param("cols", .int)], .int, throwing: true) { _, a in
            .int(try Matrix.scalarCount(rows: a[0].int, cols: a[1].int))
        }]
        m.statics["zeros"] = [native([param(nil, .int), param(nil, .int)], .matrix) { c, a in
            try c.require(a[0].int >= 0 && a[1].int >= 0, "a matrix needs rows ≥ 0 and cols ≥ 0")
            try c.requireSize(a[0].int, a[1].int)
            return .matrix(.zeros(a[0].int, a[1].int))
        }]
        m.statics["identity"] = [native([param(nil, .int)], .matrix) { c, a in
            try c.requireSize(a[0].int, a[0].int)
            return .matrix(.identity(a[0].int))
        }]
        m.statics["diag"] = [native([param(nil, .vector)], .matrix) { c, a in
            try c.requireSize(a[0].vector.count, a[0].vector.count)
            return .matrix(.diag(a[0].vector))
        }]
        m.statics["outer"] = [native([param(nil, .vector), param(nil, .vector)], .matrix) { c, a in
            try c.requireSize(a[0].vector.count, a[1].vector.count)
            return .matrix(.outer(a[0].vector, a[1].vector))
        }]
        m.statics["unvec"] = [native([param(nil, .vector), param("rows", .int), param("cols", .int)], .matrix, throwing: true) { _, a in
            .matrix(try .unvec(a[0].vector, rows: a[1].int, cols: a[2].int))
        }]
        let properties: [(String, SType, (Matrix) -> Value)] = [
            ("rows", .int, { .int($0.rows) }), ("cols", .int, { .int($0.cols) }), ("scalars", .array(.double), { .doubles($0.scalars) }),
            ("transposed", .matrix, { .matrix($0.transposed) }), ("diagonal", .vector, { .vector($0.diagonal) }),
            ("trace", .double, { .double($0.trace) }), ("frobeniusNorm", .double, { .double($0.frobeniusNorm) }),
            ("isSquare", .bool, { .bool($0.isSquare) }), ("vec", .vector, { .vector($0.vec) }),
            ("shapeDescription", .string, { .string($0.shapeDescription) }), ("description", .string, { .string($0.description) }),
        ]
        for (name, type, get) in properties { m.properties[name] = (type, { get($0.matrix) }) }
        m.methods["transpose"] = [native([], .matrix) { _, a in .matrix(a[0].matrix.transposed) }]
        m.methods["row"] = [native([param(nil, .int)], .vector) { c, a in
            try c.require(a[1].int >= 0 && a[1].int < a[0].matrix.rows, "row \(a[1].int) out of range for \(a[0].matrix.shapeDescription)")
            return .vector(a[0].matrix.row(a[1].int))
        }]
        m.methods["column"] = [native([param(nil, .int)], .vector) { c, a in
            try c.require(a[1].int >= 0 && a[1].int < a[0].matrix.cols, "column \(a[1].int) out of range for \(a[0].matrix.shapeDescription)")
            return .vector(a[0].matrix.column(a[1].int))
        }]
        m.methods["kronecker"] = [native([param(nil, .matrix)], .matrix) { c, a in
            try c.requireSize(a[0].matrix.scalars.count, a[1].matrix.scalars.count)
            return .matrix(a[0].matrix.kronecker(a[1].matrix))
        }]
        m.methods["matmul"] = [
            native([param(nil, .matrix)], .matrix, throwing: true) { _, a in .matrix(try a[0].matrix.matmul(a[1].matrix)) },
            native([param(nil, .vector)], .vector, throwing: true) { _, a in .vector(try a[0].matrix.matmul(a[1].vector)) },
        ]
        m.methods["solve"] = [
            native([param(nil, .vector)], .vector, throwing: true) { _, a in .vector(try a[0].matrix.solve(a[1].vector)) },
            native([param(nil, .matrix)], .matrix, throwing: true) { _, a in .matrix(try a[0].matrix.solve(a[1].matrix)) },
        ]
        let elementwise: [(String, (Matrix, Matrix) throws -> Matrix)] = [
            ("adding", { try $0.adding($1) }), ("subtracting", { try $0.subtracting($1) }), ("hadamard", { try $0.hadamard($1) }),
        ]
        for (name, op) in elementwise {
            m.methods[name] = [native([param(nil, .matrix)], .matrix, throwing: true) { _, a in .matrix(try op(a[0].matrix, a[1].matrix)) }]
        }
        let algebra: [(String, (Matrix) throws -> Value)] = [
            ("inverse", { .matrix(try $0.inverse()) }), ("determinant", { .double(try $0.determinant()) }),
            ("squareRoot", { .matrix(try $0.squareRoot()) }), ("inverseSquareRoot", { .matrix(try $0.inverseSquareRoot()) }),
            ("conditionNumber", { .double(try $0.conditionNumber()) }),
        ]
        for (name, op) in algebra {
            let type: SType = name == "determinant" || name == "conditionNumber" ? .double : .matrix
            m.methods[name] = [native([], type, throwing: true) { _, a in try op(a[0].matrix) }]
        }
        m.methods["power"] = [native([param(nil, .double)], .matrix, throwing: true) { _, a in .matrix(try a[0].matrix.power(a[1].double)) }]
        m.methods["isSymmetric"] = [native([param("tolerance", .double, .double(1e-12))], .bool) { _, a in
            .bool(a[0].matrix.isSymmetric(tolerance: a[1].double))
        }]
        m.methods["map"] = [native([param(nil, .function([.double], .double))], .matrix) { c, a in
            let x = a[0].matrix
            return .matrix(Matrix(rows: x.rows, cols: x.cols, scalars: try x.scalars.map { try c.call(a[1], [.double($0)]).double }))
        }]
        let eigen = define("SymmetricEigendecomposition")
        eigen.methods["applying"] = [native([param(nil, .function([.double], .double))], .matrix) { c, a in
            .matrix(try (a[0].native as! SymmetricEigendecomposition).applying { try c.call(a[1], [.double($0)]).double })
        }]
        eigen.initializers = [native([param(nil, .matrix)], .native(eigen), throwing: true) { _, a in
            eigen.box(try SymmetricEigendecomposition(a[0].matrix))
        }]
        m.methods["symmetricEigen"] = [native([], .native(eigen), throwing: true) { _, a in eigen.box(try a[0].matrix.symmetricEigen()) }]
        // Their properties and `solve(_:)` are generated (see `registerGeneratedMembers`).
        let cholesky = define("CholeskyDecomposition"), lu = define("LUDecomposition")
        cholesky.initializers = [native([param(nil, .matrix)], .native(cholesky), throwing: true) { _, a in
            cholesky.box(try CholeskyDecomposition(a[0].matrix))
        }]
        lu.initializers = [native([param(nil, .matrix)], .native(lu), throwing: true) { _, a in lu.box(try LUDecomposition(a[0].matrix)) }]
    }

    /// `Tensor`, the parameters and gradients of `GradientOptimizer.step(_:gradients:)` and of the
    /// models, with its conversions to and from `Vector` and `Matrix`. Its properties are
    /// generated (see `registerGeneratedMembers`).
    private func registerTensor() {
        let tensor = define("Tensor"), t = SType.native(tensor)
        /// The number of scalars of `shape`, checked as `Tensor`'s precondition checks it (and
        /// against the session's size cap) rather than trapping.
        func count(_ c: NativeContext, _ shape: [Int]) throws -> Int {
            try c.require(shape.allSatisfy { $0 >= 0 }, "Tensor: negative extent in shape \(shape)")
            try c.requireSize(shape.reduce(1) { $0.multipliedReportingOverflow(by: $1).overflow ? .max : $0 * $1 })
            return shape.reduce(1, *)
        }
        tensor.initializers = [
            native([param("shape", .array(.int)), param("scalars", .array(.double))], t) { c, a in
                let (shape, scalars) = (a[0].elements.map(\.int), a[1].doubles)
                let needed = try count(c, shape)
                try c.require(scalars.count == needed, "Tensor: shape \(shape) needs \(needed) scalars, got \(scalars.count)")
                return tensor.box(Tensor(shape: shape, scalars: scalars))
            },
            native([param("repeating", .double), param("shape", .array(.int))], t) { c, a in
                let shape = a[1].elements.map(\.int)
                _ = try count(c, shape)
                return tensor.box(Tensor(repeating: a[0].double, shape: shape))
            },
            native([param(nil, .vector)], t) { _, a in tensor.box(Tensor(a[0].vector)) },
            native([param(nil, .matrix)], t) { _, a in tensor.box(Tensor(a[0].matrix)) },
        ]
        tensor.statics["flatten"] = [native([param(nil, .array(t))], .vector) { c, a in
            let tensors = a[0].elements.map { $0.native as! Tensor }
            try c.requireSize(tensors.reduce(0) { $0 + $1.count })
            return .vector(Tensor.flatten(tensors))
        }]
        tensor.statics["unflatten"] = [native([param(nil, .vector), param("like", .array(t))], .array(t), throwing: true) { _, a in
            .array(try Tensor.unflatten(a[0].vector, like: a[1].elements.map { $0.native as! Tensor }).map(tensor.box))
        }]
        vectorType.initializers += [
            native([param(nil, t)], .vector, throwing: true) { _, a in .vector(try Vector(a[0].native as! Tensor)) },
            native([param("flattening", t)], .vector) { _, a in .vector(Vector(flattening: a[0].native as! Tensor)) },
        ]
        matrixType.initializers.append(native([param(nil, t)], .matrix, throwing: true) { _, a in .matrix(try Matrix(a[0].native as! Tensor)) })
    }

    private func registerJet() {
        let j = jetType
        j.initializers = [native([param(nil, .double)], .jet) { _, a in .jet(Jet(a[0].double)) }]
        j.properties["value"] = (.double, { if case .jet(let x) = $0 { .double(x.value) } else { .void } })
        j.properties["gradient"] = (.array(.double), { if case .jet(let x) = $0 { .doubles(x.gradient) } else { .void } })
        j.properties["isConstant"] = (.bool, { if case .jet(let x) = $0 { .bool(x.isConstant) } else { .void } })
        j.properties["description"] = (.string, { if case .jet(let x) = $0 { .string(x.description) } else { .void } })
        j.properties["packedHessian"] = (.array(.double), { if case .jet(let x) = $0 { .doubles(x.packedHessian) } else { .void } })
        func jet(_ v: Value) -> Jet { if case .jet(let x) = v { x } else { Jet(.nan) } }
        j.methods["gradientVector"] = [native([param("dimension", .int)], .vector) { c, a in
            let (x, n) = (jet(a[0]), a[1].int)
            try c.requireSize(n)
            // A non-constant jet's gradient is its own, whatever the dimension asked.
            return .vector(x.gradientVector(dimension: n))
        }]
        j.methods["hessianMatrix"] = [native([param("dimension", .int)], .matrix) { c, a in
            let (x, n) = (jet(a[0]), a[1].int)
            try c.requireSize(n, n)
            // Swift traps reading past the packed triangle; here that is an error at the call.
            try c.require(x.packedHessian.isEmpty || n * (n + 1) / 2 <= x.packedHessian.count,
                          "Index out of range: the jet's Hessian has dimension less than \(n)")
            return .matrix(x.hessianMatrix(dimension: n))
        }]
        j.statics["variables"] = [native([param("at", .vector), param("order", .int, .int(1))], .array(.jet)) { c, a in
            try c.require(a[1].int == 1 || a[1].int == 2, "Jet.variables: order must be 1 or 2, got \(a[1].int)")
            try c.requireSize(a[0].vector.count, a[1].int == 2 ? a[0].vector.count : 1)
            return .array(Jet.variables(at: a[0].vector, order: a[1].int).map { .jet($0) })
        }]
    }
}
