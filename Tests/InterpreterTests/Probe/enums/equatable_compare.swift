enum Status: Equatable {
    case idle
    case running(step: Int)
}
let a = Status.running(step: 3)
print(a == .running(step: 3), a == .idle, a != .running(step: 4))
