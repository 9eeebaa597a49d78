struct Probability {
    let value: Double
    init(_ v: Double) throws {
        guard (0...1).contains(v) else { throw ProbError.outOfRange(v) }
        value = v
    }
}
enum ProbError: Error { case outOfRange(Double) }
print((try? Probability(0.3))?.value ?? -1)
do { _ = try Probability(1.5) } catch { print(error) }
