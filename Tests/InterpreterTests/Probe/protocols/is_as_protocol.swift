protocol Drawable { func draw() -> String }
struct Line: Drawable { func draw() -> String { "---" } }
struct Dot { }
let items: [Any] = [Line(), Dot(), Line()]
for item in items {
    if let d = item as? Drawable { print(d.draw()) } else { print("not drawable") }
}
