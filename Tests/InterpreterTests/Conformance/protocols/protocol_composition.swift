protocol Named { var name: String { get } }
protocol Scored { var score: Double { get } }
struct Entry: Named, Scored { let name: String; let score: Double }
func report(_ xs: [any Named & Scored]) -> String { xs.map { "\($0.name)=\($0.score)" }.joined(separator: ",") }
func best<T: Named & Scored>(_ xs: [T]) -> T? { xs.max { $0.score < $1.score } }
let es = [Entry(name: "a", score: 1), Entry(name: "b", score: 3)]
print(report(es), best(es)!.name)
// expect: a=1.0,b=3.0 b
