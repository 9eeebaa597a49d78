enum Method: CaseIterable {
    case sgd(momentum: Double), adam, lbfgs
    static var allCases: [Method] { [.sgd(momentum: 0.9), .adam, .lbfgs] }
}
print(Method.allCases.count, Method.allCases[0])
// expect: 3 sgd(momentum: 0.9)
