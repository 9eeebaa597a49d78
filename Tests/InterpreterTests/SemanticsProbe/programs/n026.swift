import Foundation
struct Pt { var x = 0; var tags: [String] = [] }
var a = [Pt(), Pt(x: 1)]
var b = a
b[0].x = 10
b[1].tags.append("t")
print(a.map { $0.x }, b.map { $0.x }, a[1].tags, b[1].tags)
for var p in a { p.x += 100; print(p.x, terminator: " ") }
print(a.map { $0.x })
for i in a.indices { a[i].x += 1 }
print(a.map { $0.x })
