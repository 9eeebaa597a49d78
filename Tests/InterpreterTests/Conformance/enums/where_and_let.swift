enum Event { case step(Int, Double), done }
let events: [Event] = [.step(1, 0.5), .step(2, 2.5), .step(3, 0.1), .done]
for e in events {
    switch e {
    case let .step(n, loss) where loss > 1:
        print("step", n, "high loss", loss)
    case .step(let n, _):
        print("step", n)
    case .done:
        print("done")
    }
}
// expect: step 1
// expect: step 2 high loss 2.5
// expect: step 3
// expect: done
