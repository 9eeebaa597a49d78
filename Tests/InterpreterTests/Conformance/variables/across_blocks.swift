// Observed and computed globals declared in one block are used, changed and observed in later
// blocks of the note, by their statements and by the functions they declare.
var losses: [Double] = [] {
    didSet { if let last = losses.last { print("loss \(losses.count): \(last)") } }
}
var steps = 0
var meanLoss: Double { losses.isEmpty ? 0 : losses.reduce(0, +) / Double(losses.count) }
var learningRate: Double {
    get { 1 / Double(steps + 1) }
    set { steps = Int(1 / newValue) - 1 }
}
// next block
losses.append(4)
losses += [2]
func record(_ loss: Double) {
    losses.append(loss)
    steps += 1
}
record(3)
print(meanLoss, learningRate)
// next block
learningRate = 0.25
print(steps)
var best = Double.infinity { didSet { print("best", oldValue, "->", best) } }
for loss in losses { best = min(best, loss) }
// next block
func improve(_ value: inout Double) { value /= 2 }
improve(&best)
improve(&losses[0])
print(best, losses, meanLoss)
// expect: loss 1: 4.0
// expect: loss 2: 2.0
// expect: loss 3: 3.0
// expect: 3.0 0.5
// expect: 3
// expect: best inf -> 4.0
// expect: best 4.0 -> 2.0
// expect: best 2.0 -> 2.0
// expect: best 2.0 -> 1.0
// expect: loss 3: 3.0
// expect: 1.0 [2.0, 2.0, 3.0] 2.3333333333333335
