// interpreter-only
import Optim
// Optim's values print as Swift prints them: a generator as its state, a note's type carried as
// one of Optim's protocols as the note's value.
print(RandomGenerator(seed: 1))
var g = RandomGenerator(seed: 2)
_ = g.normal()
debugPrint(g)
print("\(RandomGenerator(seed: 3))" == String(describing: RandomGenerator(seed: 3)), [RandomGenerator(seed: 1)].count)
print([RandomGenerator(seed: 1)])
print(try Adam(lr: 0.1))
print(BacktrackingLineSearch(), ExponentialSchedule(initial: 1, decay: 0.5), Rosenbrock())
struct Halving: LearningRateSchedule {
    func learningRate(at step: Int) -> Double { 1.0 / Double(step + 1) }
}
struct Bowl: Objective {
    let h: [Double]
    var dimension: Int { h.count }
    func value(at x: Vector) throws -> Double { 0 }
    func gradient(at x: Vector) throws -> Vector { x }
    func hessian(at x: Vector) throws -> Matrix { Matrix(diagonal: h) }
}
let o: any Objective = Bowl(h: [1, 10])
let s: any LearningRateSchedule = Halving()
print(type(of: o), o, s, type(of: s))
print(WarmupSchedule(steps: 2, then: Halving()))
debugPrint(o)
// expect: RandomGenerator(s0: 10451216379200822465, s1: 13757245211066428519, s2: 17911839290282890590, s3: 8196980753821780235, spareNormal: nil)
// expect: Optim.RandomGenerator(s0: 2778141812975795144, s1: 15603460179733291178, s2: 17763035888367418121, s3: 622650951783600723, spareNormal: Optional(0.29470236156866547))
// expect: true 1
// expect: [Optim.RandomGenerator(s0: 10451216379200822465, s1: 13757245211066428519, s2: 17911839290282890590, s3: 8196980753821780235, spareNormal: nil)]
// expect: Adam(lr: 0.1, betas: (0.9, 0.999), eps: 1e-08, weightDecay: 0.0, amsgrad: false, maximize: false, decoupledWeightDecay: false, stepCount: 0, expAvgs: [], expAvgSqs: [], maxExpAvgSqs: [], layout: Optim.ParameterLayout(shapes: nil), name: "Adam")
// expect: BacktrackingLineSearch(sufficientDecrease: 0.0001, shrink: 0.5, maxIterations: 60) ExponentialSchedule(initial: 1.0, decay: 0.5) Rosenbrock(a: 1.0, b: 100.0, dimension: 2)
// expect: Bowl Bowl(h: [1.0, 10.0]) Halving() Halving
// expect: WarmupSchedule(steps: 2, base: main.Halving())
// expect: main.Bowl(h: [1.0, 10.0])
