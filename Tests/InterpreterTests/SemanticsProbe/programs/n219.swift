class P { var name = "p"; init() { print("P init", describe()) }; func describe() -> String { "P:" + name } }
class Q: P { var extra = "x"; override init() { extra = "y"; super.init(); print("Q after super", describe()) }
  override func describe() -> String { "Q:" + name + extra } }
_ = Q()
