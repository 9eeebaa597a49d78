enum Joint: CustomStringConvertible {
    case elbow
    var description: String { "joint \(self)" }
}
print(Joint.elbow)
// expect error: 1:1 call depth limit of 10000 exceeded (infinite recursion?)
