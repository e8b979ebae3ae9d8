#pragma once
// Sets of record ids per group (the members in post, to choose internal trainees; the vacancies
// being advertised, to fill or cut), in which a choice depends on which records are in the set
// and never on the order they came in. `after(g, point)` is the member whose random-stream key
// comes first at or after `point` (wrapping round). With `point` derived from the chooser's own
// key (an arrival's, a cut's, a trainee's), two runs whose sets differ in a few members (a
// variant and its baseline) make the same choice unless one of those lies between the point and
// the member chosen: so choices stay paired on common random numbers, where "the newest" or "the
// n-th" member would follow the order of events, which any changed event shifts.
//
// Each set is cut into buckets by the top bits of the key, with between a quarter and two members
// per bucket on average, so insertion, removal and choice are O(1) expected. The buckets double
// or halve as the set grows or shrinks, which moves members but changes no choice. A record is in
// at most one set at a time, keeps the same key while in it, and has its place in its bucket in
// its details. A group's set is kept only if something reads it: for the others insert and erase
// do nothing, which saves two cache misses per join and leave at national scale.
#include <cstdint>
#include <stdexcept>
#include <utility>
#include <vector>

#include "models/workforce/person_store.hpp"

namespace wfsim::models {

class KeyOrderedSets {
  public:
    void reset(std::size_t groups, std::vector<bool> kept) {
        sets_.resize(groups);
        for (Set& s : sets_) s.clear();
        kept_ = std::move(kept);
    }
    void insert(PersonStore& store, int g, std::uint32_t id) {
        if (kept_[g]) sets_[g].insert(store, {store[id].key, id});
    }
    void erase(PersonStore& store, int g, std::uint32_t id) {
        if (kept_[g]) sets_[g].erase(store, id);
    }
    bool empty(int g) const { return read(g).size() == 0; }
    std::size_t size(int g) const { return read(g).size(); }
    // The member whose key is the first at or after `point`, wrapping round; the set is not empty.
    std::uint32_t after(int g, std::uint64_t point) const { return read(g).after(point); }

  private:
    struct Entry {
        std::uint64_t key;
        std::uint32_t id;
        bool before(const Entry& o) const { return key < o.key || (key == o.key && id < o.id); }
    };

    class Set {
      public:
        void clear() {
            for (std::vector<Entry>& b : buckets_) b.clear();
            if (buckets_.empty()) buckets_.resize(1);
            bits_ = 0;
            size_ = 0;
        }
        std::size_t size() const { return size_; }
        void insert(PersonStore& store, Entry e) {
            std::vector<Entry>& b = buckets_[bucket_of(e.key)];
            store.details(e.id).set_position = static_cast<std::uint32_t>(b.size());
            b.push_back(e);
            if (++size_ > 2 * count()) rebucket(store, bits_ + 1);
        }
        void erase(PersonStore& store, std::uint32_t id) {
            std::vector<Entry>& b = buckets_[bucket_of(store[id].key)];
            const std::uint32_t pos = store.details(id).set_position;
            b[pos] = b.back();
            store.details(b[pos].id).set_position = pos;
            b.pop_back();
            if (--size_ * 4 < count() && bits_ > 0) rebucket(store, bits_ - 1);
        }
        std::uint32_t after(std::uint64_t point) const {
            const std::size_t first = bucket_of(point);
            const Entry* best = nullptr;
            for (const Entry& e : buckets_[first])
                if (e.key >= point && (!best || e.before(*best))) best = &e;
            if (best) return best->id;
            // The buckets after it in key order, round to the first (whose keys are all smaller).
            for (std::size_t i = 1; i <= count(); ++i) {
                const std::vector<Entry>& b = buckets_[(first + i) & (count() - 1)];
                for (const Entry& e : b)
                    if (!best || e.before(*best)) best = &e;
                if (best) return best->id;
            }
            throw std::logic_error("KeyOrderedSets: choosing from an empty set");
        }

      private:
        std::size_t count() const { return std::size_t{1} << bits_; }
        std::size_t bucket_of(std::uint64_t key) const {
            return bits_ == 0 ? 0 : static_cast<std::size_t>(key >> (64 - bits_));
        }
        void rebucket(PersonStore& store, unsigned bits) {
            moved_.clear();
            for (std::size_t b = 0; b < count(); ++b) {
                moved_.insert(moved_.end(), buckets_[b].begin(), buckets_[b].end());
                buckets_[b].clear();
            }
            bits_ = bits;
            if (buckets_.size() < count()) buckets_.resize(count());
            for (const Entry& e : moved_) {
                std::vector<Entry>& b = buckets_[bucket_of(e.key)];
                store.details(e.id).set_position = static_cast<std::uint32_t>(b.size());
                b.push_back(e);
            }
        }

        // Buckets beyond count() are kept empty with their capacity, for the next growth.
        std::vector<std::vector<Entry>> buckets_;
        std::vector<Entry> moved_;
        unsigned bits_ = 0;
        std::size_t size_ = 0;
    };

    const Set& read(int g) const {
        // A set that is not kept would read as empty: fail loudly instead.
        if (!kept_[g]) throw std::logic_error("KeyOrderedSets: reading a set that is not kept");
        return sets_[g];
    }

    std::vector<Set> sets_;
    std::vector<bool> kept_;
};

}  // namespace wfsim::models
