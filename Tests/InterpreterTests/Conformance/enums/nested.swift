struct Trainer {
    enum Phase { case warmup, main, cooldown }
    var phase: Phase = .warmup
    mutating func advance() {
        switch phase {
        case .warmup: phase = .main
        case .main: phase = .cooldown
        case .cooldown: break
        }
    }
}
var t = Trainer()
t.advance()
print(t.phase)
let p: Trainer.Phase = .cooldown
print(p == Trainer.Phase.cooldown)
// expect: main
// expect: true
