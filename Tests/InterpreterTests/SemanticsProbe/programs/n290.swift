enum Cmd { case move(dx: Int, dy: Int), say(String), quit }
let cmds: [Cmd] = [.move(dx: 1, dy: -1), .say("hi"), .quit]
var pos = (0, 0)
for c in cmds { switch c { case let .move(dx, dy): pos.0 += dx; pos.1 += dy; case .say(let s): print("say", s); case .quit: print("quit") } }
print(pos, cmds)
