enum Phase { case warmup, training, done }
class Trainer {
    var phase = Phase.warmup
    var step = 0
    func advance() {
        step += 1
        switch phase {
        case .warmup: if step >= 2 { phase = .training }
        case .training: if step >= 5 { phase = .done }
        case .done: break
        }
    }
}
let t = Trainer()
var phases: [String] = []
for _ in 0..<6 {
    t.advance()
    phases.append(t.phase == .done ? "done" : t.phase == .training ? "train" : "warm")
}
print(phases)
// expect: ["warm", "train", "train", "train", "done", "done"]
