// Characters and Substrings print inside collections, tuples, optionals, enums and structs as Swift prints them.
let c: Character = "q"
let sub = "hello".dropFirst()
print([c: [sub]], Optional(sub) as Any, Optional(c) as Any, "\(sub)|\(c)", sub.debugDescription, c.description, String(describing: Optional(c)))
let t = (c, sub, "s")
print(t, [t.0], type(of: t))
enum Tok { case ch(Character), word(Substring) }
print(Tok.ch(c), [Tok.word(sub)])
struct P { let c: Character; let s: Substring }
print(P(c: c, s: sub), [P(c: "x", s: "y")])
let maybe = "".first
print(maybe as Any, maybe ?? "-", "abc".first ?? "z")
// expect: ["q": ["ello"]] Optional("ello") Optional("q") ello|q "ello" q Optional("q")
// expect: ("q", "ello", "s") ["q"] (Character, Substring, String)
// expect: ch("q") [main.Tok.word("ello")]
// expect: P(c: "q", s: "ello") [main.P(c: "x", s: "y")]
// expect: nil - a
