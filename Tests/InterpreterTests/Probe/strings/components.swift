import Foundation
let line = "alpha=0.5;beta=2;gamma=10"
for pair in line.components(separatedBy: ";") {
    let kv = pair.components(separatedBy: "=")
    print(kv[0], "->", kv[1])
}
