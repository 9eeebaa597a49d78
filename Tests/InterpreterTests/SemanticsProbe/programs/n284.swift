class C {}
enum E { case a(String), b(Character), c([Int]), d(Double?) , e(label: String) }
struct S { var c: Character = "x"; var s = "str"; var o: String? = "o"; var k = C(); var e = E.a("q"); var f: Float = 1.5 }
print(S())
print(E.a("x"), E.b("y"), E.c([1]), E.d(nil), E.d(2), E.e(label: "l"), [E.a("z")])
