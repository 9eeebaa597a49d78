// type(of:) names a standard type nested in another alone, as Swift does.
import Foundation
let s = "ab"
print(type(of: s.startIndex), type(of: s.range(of: "a")!), type(of: s.unicodeScalars.first!), type(of: s.unicodeScalars.first!.properties), [s.startIndex..<s.endIndex].count)
print(type(of: [s.utf8]), type(of: Optional(s.startIndex)))
print(type(of: s.utf8), type(of: s.dropFirst().utf8), type(of: s.unicodeScalars), type(of: s.first!.utf8), type(of: s.first!.unicodeScalars))
// expect: Index Range<Index> Scalar Properties 1
// expect: Array<UTF8View> Optional<Index>
// expect: UTF8View UTF8View UnicodeScalarView UTF8View UnicodeScalarView
