protocol Scorable {
    var score: Double { get }
}
struct Run: Scorable { var score: Double }
func best<T: Scorable>(_ items: [T]) -> T? {
    items.max { $0.score < $1.score }
}
print(best([Run(score: 1.5), Run(score: 3.25), Run(score: 2)])!.score)
