import Foundation
let text = "the cat sat on the mat"
print(text.replacingOccurrences(of: "at", with: "og"))
print(text.replacingOccurrences(of: "the ", with: ""))
