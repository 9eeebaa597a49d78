import Foundation
enum Shape { case circle(r: Double), rect(w: Double, h: Double), dot }
let shapes: [Shape] = [.circle(r: 1), .rect(w: 2, h: 3), .dot, .rect(w: 5, h: 5)]
for s in shapes {
  switch s {
  case .circle(let r): print("circle", r)
  case let .rect(w, h) where w == h: print("square", w)
  case .rect(let w, _): print("rect w", w)
  case .dot: print("dot")
  }
}
print(shapes[1])
