import Foundation
let raw = "   padded value \n"
print("[" + raw.trimmingCharacters(in: .whitespacesAndNewlines) + "]")
print("[" + raw.trimmingCharacters(in: .whitespaces) + "]")
