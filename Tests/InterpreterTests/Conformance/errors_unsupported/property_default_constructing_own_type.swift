final class Loop { var me: Loop? = Loop() }
print(Loop().me == nil)
// expect error: 1:36 not supported in experiment blocks: a property's default value constructing its own type 'Loop'
