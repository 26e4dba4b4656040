-- wrk script of bench/news_day.py: GET the paths of a file (one a line), each thread from its
-- own place in the file (the file is already in a random order), round and round.
-- Arguments: the file, the number of threads.
local threads = 0

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  position = math.floor(#paths * id / tonumber(args[2]))
end

function request()
  position = position % #paths + 1
  return wrk.format("GET", paths[position])
end
