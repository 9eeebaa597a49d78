var s = "a"
s.removeFirst()
s.removeFirst()
// expect error: 3:1 Can't remove first element from an empty collection
