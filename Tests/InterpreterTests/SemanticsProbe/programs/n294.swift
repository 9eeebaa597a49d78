var log: [String] = []
struct Pt { var x = 0, y = 0 }
var pts = [Pt(), Pt()]
func i(_ n: Int) -> Int { log.append("i\(n)"); return n }
pts[i(0)].x = i(5)
pts[i(1)].y += i(7)
print(pts.map { ($0.x, $0.y) }, log)
