import Foundation
struct Box { var items: [Int] }
var d: [String: Box] = ["k": Box(items: [1])]
var e = d
e["k"]!.items.append(2)
d["k"]?.items.append(3)
print(d["k"]!.items, e["k"]!.items)
var arr = [[1, 2], [3]]
var inner = arr[0]
inner.append(99)
print(arr, inner)
